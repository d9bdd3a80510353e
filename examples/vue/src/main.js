import { createApp } from 'vue';
import '@slt/widgets/trend';
import App from './App.vue';

createApp(App).mount('#app');
