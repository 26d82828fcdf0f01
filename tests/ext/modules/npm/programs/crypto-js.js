// crypto-js through require, a .js file: CommonJS (the nearest package.json has no "type")
const CryptoJS = require('crypto-js');
const sha256 = require('crypto-js/sha256');
const Base64 = require('crypto-js/enc-base64');
console.log(CryptoJS.MD5('hello').toString());
console.log(CryptoJS.SHA1('hello').toString());
console.log(sha256('hello').toString());
console.log(CryptoJS.SHA512('hello').toString().slice(0, 32));
console.log(CryptoJS.HmacSHA256('message', 'secret').toString());
console.log(Base64.stringify(sha256('abc')));
console.log(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse('héllo wörld')));
console.log(CryptoJS.enc.Utf8.stringify(CryptoJS.enc.Base64.parse('aMOpbGxvIHfDtnJsZA==')));
// AES with an explicit key and iv is deterministic
const key = CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f');
const iv = CryptoJS.enc.Hex.parse('0f0e0d0c0b0a09080706050403020100');
const encrypted = CryptoJS.AES.encrypt('secret message', key, { iv });
console.log(encrypted.ciphertext.toString());
console.log(CryptoJS.AES.decrypt(encrypted, key, { iv }).toString(CryptoJS.enc.Utf8));
console.log(CryptoJS.PBKDF2('password', 'salt', { keySize: 4, iterations: 10 }).toString());
