/** Placeholder: being built. */
export function WindowPage() {
  return <div>WindowPage</div>;
}
