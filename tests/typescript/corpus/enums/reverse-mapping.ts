enum Status { Active = 1, Inactive, Banned = 10, Later }
console.log(Status[1], Status[Status.Inactive], Status[11], Status[5]);
console.log(JSON.stringify(Status));
