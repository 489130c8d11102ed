export interface PlaceInfo { name: string }
export function lookupPlace(): PlaceInfo[] { return []; }
export function placeNames(): string[] { return []; }
