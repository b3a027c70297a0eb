"""Walks a neighbor through sign-up, confirmation, log-in and a first need on a running site, the
way a browser would (cookies, forms with their hidden fields), over HTTPS checked against a given
certificate authority. Exits non-zero with the reason when a step fails."""
import email
import email.policy
import glob
import html.parser
import http.cookiejar
import os
import re
import ssl
import sys
import time
import urllib.parse
import urllib.request

base, ca_file, mail_folder = sys.argv[1], sys.argv[2], sys.argv[3]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(
    urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=ca_file)),
    urllib.request.HTTPCookieProcessor(jar))


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


def fail(step, text=""):
    sys.exit(f"deploy walk: {step}\n{text[:1500]}")


def get(url):
    with opener.open(urllib.parse.urljoin(base, url), timeout=30) as response:
        return response.geturl(), response.read().decode()


def submit(url, form_has, values):
    page_url, page = get(url)
    parser = Forms()
    parser.feed(page)
    form = next((f for f in parser.forms if form_has in f["fields"]), None)
    if form is None:
        fail(f"no form with {form_has} at {url}", page)
    fields = {**form["fields"], **values}
    target = urllib.parse.urljoin(page_url, form["action"] or page_url)
    request = urllib.request.Request(target, data=urllib.parse.urlencode(fields).encode())
    with opener.open(request, timeout=30) as response:
        return response.geturl(), response.read().decode()


address, password = "host-test@example.org", "a long password for the test"
_, page = submit("/Identity/Account/Register", "Input.Email", {
    "Input.DisplayName": "Rosa", "Input.Email": address, "Input.Password": password, "Input.ConfirmPassword": password})

link = None
for _ in range(60):
    for path in glob.glob(os.path.join(mail_folder, "*.eml")):
        with open(path, "rb") as f:
            body = email.message_from_binary_file(f, policy=email.policy.default).get_body(("plain",)).get_content()
        found = re.search(r"https://\S+/Identity/Account/ConfirmEmail\?\S+", body)
        link = found.group(0) if found else link
    if link:
        break
    time.sleep(1)
if not link:
    fail("no confirmation email arrived in " + mail_folder, page)
if not link.startswith(base):
    fail(f"the confirmation link {link} does not start with the public address {base}")

_, page = submit(link, "Input.Password", {"Input.Password": password})
if "confirmed" not in page:
    fail("confirming the address did not say it was confirmed", page)
_, page = submit("/Identity/Account/Login", "Input.Email", {"Input.Email": address, "Input.Password": password})

title = "Soup for two nights, deploy check"
url, page = submit("/Posts/New?kind=Need", "Input.Title", {
    "Input.Title": title, "Input.Details": "Posted through the proxy.", "Input.Location": "Point",
    "Input.Latitude": "45.5017", "Input.Longitude": "-73.5673"})
if title not in page or "/Posts/" not in url:
    fail(f"posting the need did not show it (ended at {url})", page)

insecure = [c.name for c in jar if not c.secure]
if insecure:
    fail("cookies without Secure: " + ", ".join(insecure))
print(f"deploy walk: signed up, confirmed, logged in and posted at {url}; {len(list(jar))} cookies, all Secure")
