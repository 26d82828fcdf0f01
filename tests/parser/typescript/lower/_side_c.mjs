console.log('loaded c'); export const c = 3, d = 4;
