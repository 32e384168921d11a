import { register } from 'node:module';

register('./sanity-loader.mjs', import.meta.url);
