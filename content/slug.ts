// One slug function for every language: "Sgwrs 'beth sy'n bwysig'" → "sgwrs-beth-syn-bwysig".
// Lower-cases, strips diacritics (ŵ→w, ŷ→y, â→a), drops apostrophes, and joins the rest with hyphens.
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
