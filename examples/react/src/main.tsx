import { createRoot } from 'react-dom/client';
import '@slt/widgets/trend';
import type {} from '@slt/widgets/react'; // <slt-*> attribute types for JSX

const filter = 'indicator=neet&age_group=16-25&sex=all&area_level=municipality&area_level=country';

function App() {
  return (
    <main>
      <h1>Unge utenfor arbeid og utdanning</h1>
      <slt-trend src="/data/indicators.parquet" filter={filter} series-column="area" unit="percent"
        heading="Unge 16–25 år utenfor arbeid og utdanning" />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
