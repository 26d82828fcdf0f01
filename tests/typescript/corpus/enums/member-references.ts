enum Size { Small = 1, Medium = Small * 2, Large = Medium * 2, Huge = Size.Large + 1 }
enum Other { X = Size.Huge, Y }
console.log(Size.Medium, Size.Large, Size.Huge, Other.X, Other.Y, Other[6]);
