import { mount } from 'svelte';
import '@slt/widgets/trend';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
