/** Placeholder: being built. */
export function AdoptionPage() {
  return <div>收养登记</div>;
}
