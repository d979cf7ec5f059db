/** Placeholder: being built. */
export function AppointmentsPage() {
  return <div>AppointmentsPage</div>;
}
