/**
 * Types of the virtual modules web/sample-plugin.ts provides
 */

declare module 'virtual:kg-sample-graph' {
  /** The bundled sample article's graph as graphology JSON text, built at build time. */
  const json: string;
  export default json;
}
