/** Placeholder: being built. */
export function StatsPage() {
  return <div>StatsPage</div>;
}
