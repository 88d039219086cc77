#!/usr/bin/env python3
"""The benchmark's measurements: each figure of issue 15 next to its floor, medians of paired
runs (floor and program alternated). bench/run.sh starts it inside a throw-away HOME, a display,
a private D-Bus and an unlocked gnome-keyring; see the README's "Benchmark" section.

Times come from one clock: the log lines' own timestamps (QT_MESSAGE_PATTERN, UTC, ms) of the
program's startup probe (XRA_BENCH_PROBE=1, category xra.bench), of the sandbox's request log
(xra.sandbox) and of the floors, and this script's wall clock for starts and exits.
"""

import argparse
import base64
import datetime
import hashlib
import json
import os
import re
import secrets
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request

PATTERN = "%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category} %{message}"
LINE = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}) (\S+) (.*)$")
USER = "alex@contoso.example"
CLIENT_ID = "11111111-2222-3333-4444-555555555555"
FINANCE = "7f0a3c6e-1d2b-4c8e-9a51-3e6f2b8d4c10"
XERO_DATASET = "c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f601"
KEYCHAIN_SERVICE = "xero-refresh-assistant"


def stamp(text):
    """Seconds since the epoch of a log line's UTC timestamp."""
    moment = datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%f")
    return moment.replace(tzinfo=datetime.timezone.utc).timestamp()


def log_lines(path, offset=0):
    """(time, category, message) of each timestamped line of a log file, from byte offset."""
    with open(path, "rb") as log:
        log.seek(offset)
        text = log.read().decode("utf-8", "replace")
    lines = []
    for line in text.splitlines():
        match = LINE.match(line)
        if match:
            lines.append((stamp(match.group(1)), match.group(2), match.group(3)))
    return lines


def wait_for(condition, timeout, step=0.005):
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(step)
    return None


class Bench:
    def __init__(self, options):
        self.options = options
        self.program = options.program
        self.sandbox_program = options.sandbox
        self.floors = options.floors
        self.home = os.environ["HOME"]
        self.logs = os.path.join(self.home, "logs")
        os.makedirs(self.logs, exist_ok=True)
        self.runs = options.runs
        self.rows = []
        self.counter = 0

    # ---- processes -------------------------------------------------------------------------

    def environment(self, extra=None):
        env = dict(os.environ)
        env.update({
            "QT_MESSAGE_PATTERN": PATTERN,
            "TZ": "UTC",
            "LC_ALL": "C.UTF-8",
            "XDG_CONFIG_HOME": os.path.join(self.home, ".config"),
            "XDG_DATA_HOME": os.path.join(self.home, ".local/share"),
            "XDG_CACHE_HOME": os.path.join(self.home, ".cache"),
            "TMPDIR": os.path.join(self.home, "tmp"),
            "QTWEBENGINE_DISABLE_SANDBOX": "1",
            "XRA_BENCH_PROBE": "1",
        })
        env.pop("QT_QPA_PLATFORM", None)
        for name in ("AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET",
                     "AZURE_AUTHORITY_HOST", "POWERBI_API_ROOT", "XRA_BENCH_BUTTON"):
            env.pop(name, None)
        env.update(extra or {})
        os.makedirs(env["TMPDIR"], exist_ok=True)
        return env

    def log_path(self, name):
        self.counter += 1
        return os.path.join(self.logs, "%04d-%s.log" % (self.counter, name))

    def start_window(self, executable, arguments, extra=None, name="window"):
        """Starts a windowed program; returns (process, log path, start time)."""
        path = self.log_path(name)
        log = open(path, "wb")
        started = time.time()
        process = subprocess.Popen([executable] + arguments, env=self.environment(extra),
                                   stdout=log, stderr=subprocess.STDOUT)
        log.close()
        return process, path, started

    @staticmethod
    def stop(process):
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    @staticmethod
    def bench_line(path, text, after=0.0, timeout=60.0):
        """The first xra.bench line containing text (after a time), waited for."""
        def find():
            for moment, category, message in log_lines(path):
                if category == "xra.bench" and text in message and moment >= after:
                    return moment, message
            return None
        return wait_for(find, timeout)

    def timed_command(self, executable, arguments, extra=None, timeout=600):
        """Wall time of a command, from start to exit (stdout kept in a log)."""
        path = self.log_path("command")
        with open(path, "wb") as log:
            started = time.time()
            result = subprocess.run([executable] + arguments, env=self.environment(extra),
                                    stdout=log, stderr=subprocess.STDOUT, timeout=timeout)
            ended = time.time()
        # 1 is status's "the last refresh failed": the scenario's Xero dataset is broken.
        if result.returncode not in (0, 1):
            raise RuntimeError("%s %s exited %d; see %s" % (executable, " ".join(arguments),
                                                           result.returncode, path))
        return ended - started

    # ---- the sandbox -----------------------------------------------------------------------

    def start_sandbox(self, latency=0, workspaces=0, each=0, xero_every=0):
        self.stop_sandbox()
        self.sandbox_log = self.log_path("sandbox")
        log = open(self.sandbox_log, "wb")
        self.sandbox_process = subprocess.Popen(
            [self.sandbox_program, "--port", "0", "--latency", str(latency),
             "--workspaces", str(workspaces), "--datasets-each", str(each),
             "--xero-every", str(xero_every)],
            env=self.environment(), stdout=subprocess.PIPE, stderr=log)
        log.close()
        first = self.sandbox_process.stdout.readline().decode()
        match = re.search(r"(http://127\.0\.0\.1:\d+)", first)
        if not match:
            raise RuntimeError("the sandbox did not start: " + first)
        self.root = match.group(1)
        self.latency = latency

    def stop_sandbox(self):
        process = getattr(self, "sandbox_process", None)
        if process:
            self.stop(process)
            self.sandbox_process = None

    def sandbox_mark(self):
        return os.path.getsize(self.sandbox_log)

    def requests(self, mark):
        """(time, "METHOD /path STATUS") of each request the sandbox answered after mark."""
        return [(moment, message) for moment, category, message
                in log_lines(self.sandbox_log, mark) if category == "xra.sandbox"]

    def http(self, method, path, body=None, form=None, headers=None):
        data = None
        headers = dict(headers or {})
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.root + path, data=data, method=method,
                                         headers=headers)

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=30) as answer:
                return answer.status, answer.headers, answer.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def reset_sandbox(self):
        self.http("POST", "/_sandbox/reset")
        self.http("POST", "/_sandbox/latency", body={"milliseconds": self.latency})

    # ---- settings and the kept sign-in -----------------------------------------------------

    def write_settings(self, registered=True, account=True, dataset=True):
        folder = os.path.join(self.home, ".config", "XeroRefreshAssistant")
        os.makedirs(folder, exist_ok=True)
        lines = ["[endpoints]"]
        for key in ("authorityHost", "powerBiApiRoot", "xeroLoginRoot", "xeroIdentityRoot",
                    "xeroApiRoot", "powerBiPortalRoot"):
            lines.append("%s=%s" % (key, self.root))
        lines.append("powerBiOAuthRedirectPage=%s/views/oauthredirect.html" % self.root)
        if registered:
            lines += ["", "[microsoft]", "clientId=" + CLIENT_ID]
            if account:
                lines.append("account=" + USER)
            lines += ["", "[xero]", "clientId=BENCH0XERO0CLIENT0ID00000000000A"]
        if dataset:
            lines += ["", "[dataset]", "workspaceId=" + FINANCE, "id=" + XERO_DATASET,
                      "name=Xero", "workspaceName=Finance"]
        with open(os.path.join(folder, "xero-refresh-assistant.conf"), "w") as settings:
            settings.write("\n".join(lines) + "\n")

    def seed_sign_in(self):
        """Signs in as the sandbox user through its sign-in page (the authorization code flow
        with PKCE, as the embedded view would) and keeps the refresh token where the program
        looks for it: the system keychain, under the program's name."""
        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(
            hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
        redirect = "http://localhost/bench-callback"
        status, headers, _ = self.http("POST", "/organizations/oauth2/v2.0/authorize", form={
            "client_id": CLIENT_ID, "response_type": "code", "redirect_uri": redirect,
            "scope": "https://analysis.windows.net/powerbi/api/.default offline_access",
            "state": "bench", "code_challenge": challenge, "code_challenge_method": "S256",
            "email": USER, "password": "sandbox"})
        location = headers.get("Location", "") if headers else ""
        code = urllib.parse.parse_qs(urllib.parse.urlparse(location).query).get("code")
        if status != 302 or not code:
            raise RuntimeError("the sandbox sign-in gave no code (status %s)" % status)
        status, _, body = self.http("POST", "/organizations/oauth2/v2.0/token", form={
            "grant_type": "authorization_code", "client_id": CLIENT_ID, "code": code[0],
            "redirect_uri": redirect, "code_verifier": verifier})
        refresh = json.loads(body).get("refresh_token") if status == 200 else None
        if not refresh:
            raise RuntimeError("the sandbox token endpoint answered %s" % status)
        subprocess.run(["secret-tool", "store", "--label", "bench sign-in",
                        "user", "microsoft/%s/refresh-token" % USER,
                        "server", KEYCHAIN_SERVICE, "type", "plaintext"],
                       input=refresh.encode(), check=True)

    # ---- one run of each kind --------------------------------------------------------------

    def window_run(self, executable, arguments, extra=None, timeout=120):
        """Start to the first window on screen, in seconds, and the memory in use then."""
        process, path, started = self.start_window(executable, arguments, extra)
        try:
            found = self.bench_line(path, "first window shown", timeout=timeout)
            if not found:
                raise RuntimeError("no window came; see " + path)
            memory = re.search(r"VmRSS (\d+) kB", found[1])
            return found[0] - started, int(memory.group(1)) / 1024 if memory else None
        finally:
            self.stop(process)

    def bare_wizard(self):
        return self.window_run(os.path.join(self.floors, "bare-wizard"), [])

    def console_floor(self):
        return self.timed_command(os.path.join(self.floors, "console-version"), [])

    def reopen(self):
        return self.window_run(self.program, ["--lang", "en"])

    def reopen_filled(self):
        """Start to the status window showing what Power BI said (its first status read)."""
        process, path, started = self.start_window(self.program, ["--lang", "en"])
        try:
            found = self.bench_line(path, "status window filled", timeout=120)
            if not found:
                raise RuntimeError("the status window was not filled in; see " + path)
            return found[0] - started, None
        finally:
            self.stop(process)

    def service_principal(self):
        return {"AZURE_TENANT_ID": "contoso", "AZURE_CLIENT_ID": "sandbox-client",
                "AZURE_CLIENT_SECRET": "sandbox-secret", "AZURE_AUTHORITY_HOST": self.root,
                "POWERBI_API_ROOT": self.root}

    def command(self, arguments, timeout=600):
        """Wall time of a command and the number of requests the sandbox answered for it."""
        mark = self.sandbox_mark()
        elapsed = self.timed_command(self.program, arguments, self.service_principal(), timeout)
        time.sleep(0.05)  # the sandbox's last log line
        return elapsed, len(self.requests(mark))

    def refresh_now(self, keys):
        """Reopen, wait for Refresh now to be ready, then click it (or press keys): the time from
        the input reaching the program to the refresh request reaching the sandbox."""
        self.reset_sandbox()
        self.seed_sign_in()
        process, path, started = self.start_window(self.program, ["--lang", "en"],
                                                   {"XRA_BENCH_BUTTON": "Refresh now"})
        try:
            ready = self.bench_line(path, "button ready: Refresh now", timeout=120)
            if not ready:
                raise RuntimeError("Refresh now never became ready; see " + path)
            time.sleep(0.5)  # what the window reads on opening is done
            x, y = re.search(r"at (-?\d+) (-?\d+)", ready[1]).groups()
            mark = self.sandbox_mark()
            sent = time.time()
            if keys:
                subprocess.run(["xdotool", "key", keys], check=True)
                event = self.bench_line(path, "key pressed " + keys.title(), after=sent - 0.01)
            else:
                subprocess.run(["xdotool", "mousemove", x, y, "click", "1"], check=True)
                event = self.bench_line(path, "mouse released", after=sent - 0.01)
            if not event:
                raise RuntimeError("the program did not see the input; see " + path)
            posted = wait_for(lambda: next(
                (moment for moment, message in self.requests(mark)
                 if re.match(r"POST /v1\.0/myorg/groups/[^ ]+/refreshes 202", message)), None),
                30)
            if not posted:
                raise RuntimeError("no refresh request came; see " + path)
            return posted - event[0]
        finally:
            self.stop(process)

    def wizard_catalogue(self, timeout):
        """Start to the first Xero dataset in the list, and to the whole list."""
        process, path, started = self.start_window(self.program, ["--lang", "en"])
        try:
            first = self.bench_line(path, "first Xero dataset shown", timeout=timeout)
            remaining = max(1.0, timeout - (time.time() - started))
            whole = self.bench_line(path, "dataset list complete", timeout=remaining)
            return (first[0] - started if first else None,
                    whole[0] - started if whole else None,
                    self.longest_stall(path, whole[0] if whole else None))
        finally:
            self.stop(process)

    @staticmethod
    def longest_stall(path, until):
        """The longest event-loop stall (ms) the probe saw start after the window was on screen
        and end by until: how long the window could not answer while the list was loading. The
        probe reports stalls over 30 ms only, so 0 means none over 30 ms. A stall that began
        before the window showed is the start-up's, not the list's."""
        if until is None:
            return None
        shown = None
        longest = 0
        for moment, category, message in log_lines(path):
            if category != "xra.bench":
                continue
            if message.startswith("first window shown"):
                shown = moment
            match = re.match(r"event loop stalled (\d+) ms", message)
            if match and shown is not None and moment <= until:
                gap = int(match.group(1))
                if moment - gap / 1000 >= shown:
                    longest = max(longest, gap)
        return longest


    # ---- pairing and the table -------------------------------------------------------------

    def paired(self, floor, program, runs=None, budget=None):
        """Alternates floor and program runs (floor first on even runs); stops early when the
        program's runs took more than budget seconds. Returns both lists of results."""
        runs = runs or self.runs
        floors, programs = [], []
        spent = 0.0
        for run in range(runs):
            if run % 2 == 0:
                floors.append(floor())
            began = time.time()
            programs.append(program())
            spent += time.time() - began
            if run % 2 == 1:
                floors.append(floor())
            if budget and spent > budget:
                break
        return floors, programs

    def row(self, what, floor, now, ratio, runs):
        self.rows.append((what, floor, now, ratio, runs))
        print("  %s: floor %s, now %s, %s (%s)" % (what, floor, now, ratio, runs), flush=True)


def ms(seconds):
    if seconds is None:
        return "—"
    if seconds >= 10:
        return "%.1f s" % seconds
    return "%.0f ms" % (seconds * 1000) if seconds >= 0.01 else "%.1f ms" % (seconds * 1000)


def ratio(now, floor):
    if now is None or not floor:
        return "—"
    return "%.1f×" % (now / floor) if now / floor < 100 else "%.0f×" % (now / floor)


def median(values):
    values = [value for value in values if value is not None]
    return statistics.median(values) if values else None


# ---- the figures, one function each ---------------------------------------------------------

def measure_reopen(bench, latency):
    """Reopen (signed in, a remembered dataset) → the status window on screen."""
    bench.start_sandbox(latency=latency)
    bench.write_settings()
    bench.seed_sign_in()
    floors, programs = bench.paired(bench.bare_wizard, bench.reopen)
    floor = median(run[0] for run in floors)
    now = median(run[0] for run in programs)
    bench.row("reopen → status window on screen, %d ms round trip" % latency,
              "bare QWizard " + ms(floor), ms(now), ratio(now, floor), len(programs))
    return floors, programs


def measure_reopen_filled(bench, latency):
    """Reopen → the status window filled in: the goal is the token's round trip plus one."""
    bench.start_sandbox(latency=latency)
    bench.write_settings()
    bench.seed_sign_in()
    floors, programs = bench.paired(bench.bare_wizard, bench.reopen_filled)
    floor = median(run[0] for run in floors) + 2 * latency / 1000
    now = median(run[0] for run in programs)
    bench.row("reopen → status window filled in, %d ms round trip" % latency,
              "bare QWizard + 2 round trips: " + ms(floor), ms(now), ratio(now, floor),
              len(programs))


def measure_first_start(bench):
    """First start (no app registration) → the first-start dialog on screen."""
    if not getattr(bench, "root", None):
        bench.start_sandbox()
    bench.write_settings(registered=False, dataset=False)
    floors, programs = bench.paired(bench.bare_wizard, bench.reopen)
    floor = median(run[0] for run in floors)
    now = median(run[0] for run in programs)
    bench.row("first start → first-start dialog on screen", "bare QWizard " + ms(floor),
              ms(now), ratio(now, floor), len(programs))
    return floors, programs


def report_memory(bench, reopened, first_started):
    floors = reopened[0] + first_started[0]
    floor = median(run[1] for run in floors)
    status = median(run[1] for run in reopened[1])
    dialog = median(run[1] for run in first_started[1])
    now = "%.0f MiB (first-start dialog %.0f MiB)" % (status, dialog) if status and dialog \
        else "—"
    bench.row("memory (VmRSS) when the first window shows (status window)",
              "bare QWizard %.0f MiB" % floor if floor else "—", now,
              ratio(status, floor), len(reopened[1]))


def measure_version(bench):
    floors, programs = bench.paired(bench.console_floor,
                                    lambda: bench.timed_command(bench.program, ["--version"]))
    floor, now = median(floors), median(programs)
    bench.row("`--version`", "console program " + ms(floor), ms(now), ratio(now, floor),
              len(programs))


def measure_command_at_zero(bench):
    bench.start_sandbox(latency=0)
    bench.write_settings(account=False)
    floors, programs = bench.paired(bench.console_floor, lambda: bench.command(["status"]))
    floor, now = median(floors), median(run[0] for run in programs)
    bench.row("`status` with a remembered dataset, 0 ms round trip",
              "console program " + ms(floor), ms(now), ratio(now, floor), len(programs))


def measure_command(bench, what, arguments, round_trips, budget=None, timeout=600):
    """A command at the sandbox's round trip against round_trips of it plus the console floor."""
    floors, programs = bench.paired(bench.console_floor,
                                    lambda: bench.command(arguments, timeout), budget=budget)
    floor = median(floors) + round_trips * bench.latency / 1000
    now = median(run[0] for run in programs)
    requests = median(run[1] for run in programs)
    bench.row(what, "%d round trips + console: %s" % (round_trips, ms(floor)),
              "%s, %d requests" % (ms(now), requests), ratio(now, floor), len(programs))


def measure_status_at_fifty(bench):
    bench.start_sandbox(latency=50)
    bench.write_settings(account=False)
    measure_command(bench, "`status` with a remembered dataset, 50 ms", ["status"], 2)


def measure_catalogue_commands(bench):
    bench.write_settings(account=False)
    measure_command(bench, "`datasets --json`, 1,000 workspaces × 10 datasets, 50 ms",
                    ["datasets", "--json"], 4, budget=bench.options.budget)
    measure_command(bench, "`status` with a remembered dataset, 1,000 workspaces, 50 ms",
                    ["status"], 2, budget=bench.options.budget)


def measure_wizard_catalogue(bench):
    """The wizard on "Choose the dataset" (signed in, no remembered dataset) at 1,000 × 10."""
    bench.write_settings(dataset=False)
    bench.seed_sign_in()
    timeout = bench.options.catalogue_timeout
    floors, programs = bench.paired(bench.bare_wizard, lambda: bench.wizard_catalogue(timeout),
                                    budget=bench.options.budget)
    floor = median(run[0] for run in floors) + 3 * bench.latency / 1000
    first = median(run[0] for run in programs)
    whole = median(run[1] for run in programs)
    late = "nothing in %s" % ms(timeout)
    bench.row("wizard \"Choose the dataset\", 1,000 × 10, 50 ms: first Xero dataset",
              "bare QWizard + 3 round trips: " + ms(floor),
              ms(first) if first is not None else late, ratio(first, floor), len(programs))
    bench.row("wizard \"Choose the dataset\", 1,000 × 10, 50 ms: whole list",
              "bare QWizard + 3 round trips: " + ms(floor),
              ms(whole) if whole is not None else late, ratio(whole, floor), len(programs))
    stalls = [run[2] for run in programs if run[2] is not None]
    bench.row("wizard \"Choose the dataset\", 1,000 × 10, 50 ms: longest stall while loading",
              "goal: 50 ms",
              ("%d ms" % max(stalls) if max(stalls) else "none over 30 ms") if stalls else late,
              "—", len(stalls))


def measure_refresh_now(bench):
    """From the click (or the key) reaching the program to the refresh request reaching the
    sandbox. Nothing needs to be asked before that request: its floor is no round trip at all,
    so the figure is the program's own delay and no ratio is given."""
    bench.start_sandbox(latency=50)
    bench.write_settings()
    for label, keys in (("click", None), ("keyboard Alt+R", "alt+r")):
        runs = [bench.refresh_now(keys) for _ in range(bench.runs)]
        bench.row("reopen, Refresh now (%s) → refresh request received, 50 ms" % label,
                  "sent at once: 0 round trips", ms(median(runs)), "—", len(runs))


def print_table(bench, options):
    print()
    print("%s, %d paired runs (median), %s" % (
        datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), options.runs,
        os.uname().nodename))
    print()
    print("| what | floor | now | ratio | runs |")
    print("|---|---|---|---|---|")
    for what, floor, now, ratio_text, runs in bench.rows:
        print("| %s | %s | %s | %s | %s |" % (what, floor, now, ratio_text, runs))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--program", required=True)
    parser.add_argument("--sandbox", required=True)
    parser.add_argument("--floors", required=True)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--budget", type=float, default=60.0,
                        help="seconds after which a slow figure stops repeating")
    parser.add_argument("--catalogue-timeout", type=float, default=300.0,
                        help="seconds to wait for the wizard's list at 1,000 × 10")
    parser.add_argument("--only", default="",
                        help="comma-separated figures: reopen,first-start,version,commands,"
                             "catalogue,wizard,refresh")
    options = parser.parse_args()
    bench = Bench(options)
    only = set(filter(None, options.only.split(",")))

    def wanted(name):
        return not only or name in only

    try:
        reopened = first_started = None
        if wanted("reopen"):
            reopened = measure_reopen(bench, 0)
            measure_reopen(bench, 50)
            measure_reopen_filled(bench, 50)
        if wanted("first-start"):
            first_started = measure_first_start(bench)
        if reopened and first_started:
            report_memory(bench, reopened, first_started)
        if wanted("version"):
            measure_version(bench)
        if wanted("commands"):
            measure_command_at_zero(bench)
            measure_status_at_fifty(bench)
        if wanted("catalogue") or wanted("wizard"):
            bench.start_sandbox(latency=50, workspaces=1000, each=10, xero_every=7)
            if wanted("catalogue"):
                measure_catalogue_commands(bench)
            if wanted("wizard"):
                measure_wizard_catalogue(bench)
        if wanted("refresh"):
            measure_refresh_now(bench)
    finally:
        bench.stop_sandbox()
    print_table(bench, options)


if __name__ == "__main__":
    sys.exit(main())
