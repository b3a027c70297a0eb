"""What the walks through a running site share: a visitor that keeps its cookies, fills forms with
their hidden fields (the antiforgery token among them) the way a browser would, checks HTTPS
against a given certificate authority and, when asked, connects from an address of its own."""
import functools
import html.parser
import http.client
import http.cookiejar
import ssl
import urllib.error
import urllib.parse
import urllib.request


class Forms(html.parser.HTMLParser):
    """The fields of each form on a page: inputs, selects (first real option) and textareas."""

    def __init__(self):
        super().__init__()
        self.forms, self.select = [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action") or "", "method": (a.get("method") or "get").lower(), "fields": {}})
        elif not self.forms:
            return
        elif tag == "input" and a.get("name") and a.get("type") not in ("submit", "button", "checkbox", "radio"):
            self.forms[-1]["fields"][a["name"]] = a.get("value") or ""
        elif tag == "input" and a.get("name") and a.get("type") in ("checkbox", "radio") and "checked" in a:
            self.forms[-1]["fields"][a["name"]] = a.get("value") or "on"
        elif tag == "select" and a.get("name"):
            self.select = a["name"]
        elif tag == "option" and self.select and a.get("value") and self.select not in self.forms[-1]["fields"]:
            self.forms[-1]["fields"][self.select] = a["value"]
        elif tag == "textarea" and a.get("name"):
            self.forms[-1]["fields"][a["name"]] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None


class WalkFailed(Exception):
    def __init__(self, step, page=""):
        super().__init__(f"{step}\n{page[:1500]}" if page else step)


class _HttpsFrom(urllib.request.HTTPSHandler):
    """HTTPS from a chosen local address, so the site sees two neighbors as two visitors."""

    def __init__(self, context, source):
        super().__init__(context=context)
        self.source = source

    def https_open(self, req):
        connect = functools.partial(http.client.HTTPSConnection, source_address=(self.source, 0)) if self.source else http.client.HTTPSConnection
        return self.do_open(connect, req, context=self._context)


class Browser:
    def __init__(self, base, ca_file, jar=None, source=None):
        self.base = base
        self.jar = jar if jar is not None else http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            _HttpsFrom(ssl.create_default_context(cafile=ca_file), source), urllib.request.HTTPCookieProcessor(self.jar))

    def _open(self, request):
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.geturl(), response.read().decode()
        except urllib.error.HTTPError as e:
            raise WalkFailed(f"{request.get_method()} {request.full_url} answered {e.code}", e.read().decode(errors="replace")) from e

    def get(self, url):
        return self._open(urllib.request.Request(urllib.parse.urljoin(self.base, url)))

    def submit(self, url, form_has, values, page=None):
        """Opens the page (or takes the one given as (url, html)), finds the form with a field or an
        action containing form_has, and sends it with the values given over its own."""
        page_url, html = page or self.get(url)
        parser = Forms()
        parser.feed(html)
        form = next((f for f in parser.forms if form_has in f["fields"] or form_has in f["action"]), None)
        if form is None:
            raise WalkFailed(f"no form with {form_has} at {page_url}", html)
        fields = {**form["fields"], **values}
        target = urllib.parse.urljoin(page_url, form["action"] or page_url)
        return self._open(urllib.request.Request(target, data=urllib.parse.urlencode(fields).encode()))
