class Album {
  constructor(public title: string) {}
}
namespace Album {
  export class Track { constructor(public n: number) {} }
  export const defaultTitle = "untitled";
  export function create() { return new Album(defaultTitle); }
}
console.log(Album.create().title, new Album.Track(3).n, typeof Album);
