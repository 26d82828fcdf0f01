let a = 1
type T = string
(function () { console.log("iife ran, a =", a) })()
let b: T = "b"
interface I { x: number }
;(() => console.log("second", b))()
