enum Mixed { No = 0, Yes = "YES", Other = 5, Next }
console.log(Mixed.No, Mixed.Yes, Mixed.Next, Mixed[6], Mixed[0]);
console.log(Object.entries(Mixed).length);
