// What Guanhua does with a failure it cannot act on: it says so in the console as a warning
// (never an error that a page's own monitoring would count) and carries on. No promise is left
// to reject unhandled.
export function warnOf(what: string): (error: unknown) => void {
  return (error) => console.warn(`Guanhua ${what}:`, error);
}
