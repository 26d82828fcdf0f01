console.log('loaded b'); export default function b() { return 'b'; }
