// `make playground`: serves a built directory on 127.0.0.1 and prints the URL.
import { serve } from "../tests/support/browser.mjs";

const root = process.argv[2] ?? "www/dist";
const { url } = await serve(root);
console.log(`playground: ${url}  (Ctrl-C to stop)`);
