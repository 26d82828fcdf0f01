console.log("never printed");
namespace 1 {
}
