import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as projectAnnotations from './preview.ts';

// Stories run as tests with the same parameters and decorators as in Storybook.
setProjectAnnotations([projectAnnotations]);
