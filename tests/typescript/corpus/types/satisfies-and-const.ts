const routes = {
  home: "/",
  user: (id: number) => `/user/${id}`,
} as const satisfies Record<string, string | ((id: number) => string)>;
type RouteKeys = keyof typeof routes;
const key: RouteKeys = "user";
console.log(routes.home, routes[key](5));
