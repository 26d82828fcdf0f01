namespace App.Models.User {
  export const kind = "user";
}
namespace App.Models {
  export const all = [User.kind];
}
console.log(App.Models.User.kind, App.Models.all);
