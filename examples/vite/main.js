// One element, one import: defines <slt-trend> (and loads nothing of the other elements).
import '@slt/widgets/trend';
