"""Two neighbors meet through the proxy, in steps that scripts/test-proxy.sh runs one after another
while it stops and starts app instances between them:

  join    Ada and Ben sign up, confirm their addresses and log in; Ben offers meals, Ada needs them;
          both get the match email.
  answer  Ben opens the need from his match email and offers to help; Ada gets the answer by email.
  accept  Ada accepts Ben from the answer email; both get the other's contact and the pages show
          it to the two of them. Each instance had a signed-out copy of the need's page made first.
  mail    Every email arrived exactly once: no more, no fewer, none twice.
  visitors  A visitor without an account sees the need taken, whichever instance answers.

Settings come from the environment: WALK_BASE (the proxy's https address), WALK_CA (its
certificate), WALK_MAIL (smtp4dev's HTTP API), WALK_STATE (a folder kept between steps) and
WALK_INSTANCES (each instance's own http address, for what a signed-out visitor of each sees).
Exits non-zero with the reason when a step fails."""
import http.cookiejar
import json
import os
import re
import sys
import time
import urllib.request
from collections import Counter

from walk_browser import Browser, WalkFailed

base, ca_file, mail_api, state_dir = (os.environ[k] for k in ("WALK_BASE", "WALK_CA", "WALK_MAIL", "WALK_STATE"))
instances = os.environ.get("WALK_INSTANCES", "").split()
state_file = os.path.join(state_dir, "walk.json")
password = "a long password for the proxy walk"
# Both at the same point: each post is within the other's reach, whatever the default radius.
where = {"Input.Location": "Point", "Input.Latitude": "45.5017", "Input.Longitude": "-73.5673"}
need_title, offer_title = "Two warm meals for a week", "A cooked meal twice a week"


class Neighbor:
    """A neighbor with a browser of their own, from an address of their own, and cookies kept
    between steps, as a phone keeps them."""

    def __init__(self, name, source):
        self.name, self.email = name, f"{name.lower()}@example.org"
        jar = http.cookiejar.LWPCookieJar(os.path.join(state_dir, f"{name}.cookies"))
        if os.path.exists(jar.filename):
            jar.load(ignore_discard=True, ignore_expires=True)
        self.browser = Browser(base, ca_file, jar, source)

    def save(self):
        self.browser.jar.save(ignore_discard=True, ignore_expires=True)


def mail_list():
    with urllib.request.urlopen(f"{mail_api}/api/messages?pageSize=10000", timeout=10) as response:
        return json.load(response)["results"]


def mail_text(message):
    with urllib.request.urlopen(f"{mail_api}/api/messages/{message['id']}/plaintext", timeout=10) as response:
        return response.read().decode()


def wait_for_mail(to, subject_has, limit=30):
    """The text of the email to this address whose subject holds these words, once it arrives."""
    received = []
    for _ in range(limit * 2):
        received = [m for m in mail_list() if to in m["to"]]
        found = next((m for m in received if subject_has in m["subject"]), None)
        if found:
            return mail_text(found)
        time.sleep(0.5)
    raise WalkFailed(f"no email to {to} with “{subject_has}” within {limit} s; it has: "
                     + (", ".join(f"“{m['subject']}”" for m in received) or "nothing"))


def link_in(text, path_pattern):
    found = re.search(r"https://\S+" + path_pattern + r"\S*", text)
    if not found:
        raise WalkFailed(f"no link to {path_pattern} in the email", text)
    if not found.group(0).startswith(base):
        raise WalkFailed(f"the link {found.group(0)} does not start with the public address {base}")
    return found.group(0)


def expect(page, words, step):
    url, html = page
    if words not in html:
        raise WalkFailed(f"{step}: “{words}” is not on {url}", html)
    return page


def signed_out(instance, path):
    """The page as a visitor without an account gets it from this instance, past the proxy."""
    request = urllib.request.Request(instance + path, headers={"X-Forwarded-Proto": "https"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.geturl(), response.read().decode()


def join(ada, ben):
    for neighbor in (ada, ben):
        b = neighbor.browser
        b.submit("/Identity/Account/Register", "Input.Email", {"Input.DisplayName": neighbor.name, "Input.Email": neighbor.email,
                                                               "Input.Password": password, "Input.ConfirmPassword": password})
        link = link_in(wait_for_mail(neighbor.email, "Confirm your email"), "/Identity/Account/ConfirmEmail")
        expect(b.submit(link, "Input.Password", {"Input.Password": password}), "confirmed", f"{neighbor.name} confirms the address")
        b.submit("/Identity/Account/Login", "Input.Email", {"Input.Email": neighbor.email, "Input.Password": password})

    offer = expect(ben.browser.submit("/Posts/New?kind=Offer", "Input.Title", {
        "Input.Title": offer_title, "Input.Details": "Lentil soup and rice, enough for two.", **where}), offer_title, "Ben offers")
    need = expect(ada.browser.submit("/Posts/New?kind=Need", "Input.Title", {
        "Input.Title": need_title, "Input.Details": "After my operation I cannot cook for a while.", **where}), need_title, "Ada asks")
    ids = [re.search(r"/Posts/(\d+)", url) for url, _ in (offer, need)]
    if not all(ids):
        raise WalkFailed(f"posting did not end on the post's page ({offer[0]}, {need[0]})")
    link_in(wait_for_mail(ada.email, f"A match nearby: {offer_title}"), f"/Posts/{ids[0].group(1)}")
    link_in(wait_for_mail(ben.email, f"A match nearby: {need_title}"), f"/Posts/{ids[1].group(1)}")
    return {"offer": int(ids[0].group(1)), "need": int(ids[1].group(1))}


def answer(ada, ben, state):
    match = wait_for_mail(ben.email, f"A match nearby: {need_title}")
    page = ben.browser.get(link_in(match, f"/Posts/{state['need']}"))
    page = ben.browser.submit(None, "handler=Answer", {"Message": "I can bring it on Monday and Thursday evenings."}, page)
    expect(page, "Waiting for Ada to decide", "Ben answers")
    wait_for_mail(ada.email, f"Ben answered “{need_title}”")
    return state


def accept(ada, ben, state):
    need = f"/Posts/{state['need']}"
    # Each instance keeps a signed-out copy of the need's page, as it would after any visitor's
    # look. Copies are kept within 30-second slots of the clock: starting early in one, the look
    # after the acceptance reads the same slot, so a copy that outlived the change is seen.
    while time.time() % 30 > 15:
        time.sleep(0.5)
    slot = time.time() // 30
    for instance in instances:
        expect(signed_out(instance, need), "to answer", f"a visitor of {instance} sees the need open")

    answered = wait_for_mail(ada.email, f"Ben answered “{need_title}”")
    page = ada.browser.get(link_in(answered, need))
    expect(ada.browser.submit(None, "handler=Accept", {}, page), ben.email, "Ada accepts Ben and sees his address")
    state["stale"] = [i for i in instances if "This post is full" not in signed_out(i, need)[1]]
    state["same_slot"] = time.time() // 30 == slot
    wait_for_mail(ada.email, "You are in touch with Ben")
    wait_for_mail(ben.email, "You are in touch with Ada")
    expect(ben.browser.get(need), "Ada accepted your answer", "Ben sees the acceptance")
    expect(ben.browser.get(need), ada.email, "Ben sees Ada's address")
    expect(ada.browser.get("/Mine"), need_title, "Ada finds her need among her posts")
    expect(ben.browser.get("/Mine"), offer_title, "Ben finds his offer among his posts")
    return state


# Checked last, so that every other check has its say first.
def visitors(ada, ben, state):
    if state["stale"]:
        raise WalkFailed(f"right after Ada accepted, a visitor without an account of {', '.join(state['stale'])} still saw the "
                         "need open to answers: that instance's signed-out copy of the page, made before the acceptance, "
                         "was not evicted when another instance saved it")
    if not state["same_slot"]:
        print("proxy walk: (too slow to tell whether a signed-out copy outlives a change made on another instance)")
    return state


def mail(ada, ben, state):
    expected = Counter({
        (ada.email, "Confirm your email for MutualAid"): 1, (ben.email, "Confirm your email for MutualAid"): 1,
        (ada.email, f"A match nearby: {offer_title}"): 1, (ben.email, f"A match nearby: {need_title}"): 1,
        (ada.email, f"Ben answered “{need_title}”"): 1,
        (ada.email, "You are in touch with Ben"): 1, (ben.email, "You are in touch with Ada"): 1,
    })
    # Both instances look at the outbox every second: a second copy would be here by now.
    time.sleep(3)
    received = Counter((to, m["subject"]) for m in mail_list() for to in m["to"])
    if received != expected:
        twice = [f"{n}× “{s}” to {to}" for (to, s), n in received.items() if n > 1]
        missing = [f"“{s}” to {to}" for (to, s) in expected - received]
        extra = [f"“{s}” to {to}" for (to, s) in received - expected if (to, s) not in expected]
        raise WalkFailed("the mail server did not receive each email exactly once. "
                         + "; ".join(filter(None, [twice and "more than once: " + ", ".join(twice),
                                                   missing and "missing: " + ", ".join(missing),
                                                   extra and "unexpected: " + ", ".join(extra)])))
    state["emails"] = sum(received.values())
    return state


steps = {"join": lambda a, b, s: join(a, b), "answer": answer, "accept": accept, "mail": mail, "visitors": visitors}
step = sys.argv[1]
ada, ben = Neighbor("Ada", "127.0.0.2"), Neighbor("Ben", "127.0.0.3")
state = json.load(open(state_file)) if os.path.exists(state_file) else {}
try:
    state = steps[step](ada, ben, state)
except WalkFailed as e:
    sys.exit(f"proxy walk, {step}: {e}")
finally:
    ada.save()
    ben.save()
with open(state_file, "w") as f:
    json.dump(state, f)
print(f"proxy walk: {step} done")
