"""Walks a neighbor through sign-up, confirmation, log-in and a first need on a running site, the
way a browser would (cookies, forms with their hidden fields), over HTTPS checked against a given
certificate authority. Exits non-zero with the reason when a step fails."""
import email
import email.policy
import glob
import os
import re
import sys
import time

from walk_browser import Browser, WalkFailed

base, ca_file, mail_folder = sys.argv[1], sys.argv[2], sys.argv[3]
browser = Browser(base, ca_file)
jar = browser.jar


def fail(step, text=""):
    sys.exit(f"deploy walk: {step}\n{text[:1500]}")


def submit(url, form_has, values):
    try:
        return browser.submit(url, form_has, values)
    except WalkFailed as e:
        fail(str(e))


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
