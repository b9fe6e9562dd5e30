/** Who wrote a file: stamped into every export so a file can say which Turbine made it. */
import { version } from '../package.json';

export const APP_NAME = 'Turbine';
export const APP_VERSION: string = version;
