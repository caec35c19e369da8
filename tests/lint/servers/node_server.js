// A tiny handler on node's http module, as an application would write one,
// for tests/lint/live.sh: node node_server.js PORT ROOT
"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");
const [port, root] = process.argv.slice(2);

http.createServer((req, res) => {
  const file = path.join(root, decodeURIComponent(req.url.split("?")[0]));
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" });
    return res.end();
  }
  fs.stat(file, (err, st) => {
    if (err || !file.startsWith(root)) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      return res.end("not found\n");
    }
    if (st.isDirectory()) {
      res.writeHead(301, { Location: req.url + "/" });
      return res.end();
    }
    res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": st.size });
    if (req.method === "HEAD") return res.end();
    fs.createReadStream(file).pipe(res);
  });
}).listen(Number(port), "127.0.0.1");
