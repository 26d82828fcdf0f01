console.log('loaded a'); export const a = 1; export class B {}
