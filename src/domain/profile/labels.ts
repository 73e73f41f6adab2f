/** How the product names profile values in prose; shared by the composer and the claim check. */

export function typeName(type: 'type1' | 'type2'): string {
  return type === 'type1' ? 'Type 1' : 'Type 2';
}
