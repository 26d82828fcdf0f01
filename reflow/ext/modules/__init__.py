"""Loading modules as Node and Deno do: resolution, CommonJS, import maps."""
