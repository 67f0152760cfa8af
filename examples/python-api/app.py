"""A small WSGI app: what the Python examples build.

MarkupSafe is installed from source (--no-binary) so its C speedups are compiled: the kind of
dependency that needs gcc at build time and only the compiled module at run time.
"""
import os
from wsgiref.simple_server import make_server

from markupsafe import escape


def app(environ, start_response):
    if environ.get("PATH_INFO") == "/healthz":
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"ok\n"]
    name = environ.get("QUERY_STRING", "").partition("name=")[2] or "world"
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
    return [f"<h1>Hello, {escape(name)}!</h1>\n".encode()]


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    print(f"listening on :{port}", flush=True)
    make_server("", port, app).serve_forever()
