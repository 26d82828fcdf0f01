export function helper() {}

export const broken: number[ = [];
