/** Placeholder: being built. */
export function HallPage() {
  return <div>HallPage</div>;
}
