"""A throwaway WordPress on the loopback interface, for the publishing tests.

Uses Debian's ``wordpress`` (6.1), ``mariadb-server`` and ``php-cli``/``php-mysql``:

- the database is a private MariaDB in a temporary folder, reached through a
  socket only (``--skip-networking``), so no system service is touched;
- the site is a hard-linked copy of /usr/share/wordpress (a real copy when the
  temporary folder is on another file system) with its own wp-config.php, served
  by PHP's built-in web server on 127.0.0.1 and a free port;
- ``WP_ENVIRONMENT_TYPE`` is ``local``, because WordPress accepts application
  passwords over plain HTTP only on local sites;
- users with application passwords, created through WordPress's own PHP
  functions: ``admin`` (administrator), ``editor`` (editor), ``author`` (author:
  may upload but not create tags or categories) and ``contributor`` (may write
  drafts but not upload).

Run it by hand to poke at a site: ``python tests/wordpress_site.py`` prints the
address and passwords and keeps the site up until Enter is pressed.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

WORDPRESS = Path("/usr/share/wordpress")
PROGRAMS = ("mariadbd", "mariadb-install-db", "php")
#: Debian packages that make a site; `make test-wordpress` installs them.
PACKAGES = ("wordpress", "mariadb-server", "php-cli", "php-mysql")
USERS = {
    "admin": "administrator",
    "editor": "editor",
    "author": "author",
    "contributor": "contributor",
}


def missing() -> str:
    """Why no site can be made here ("" when everything is present)."""
    lacking = [p for p in PROGRAMS if shutil.which(p, path=_sbin_path()) is None]
    if not (WORDPRESS / "wp-settings.php").is_file():
        lacking.append(str(WORDPRESS))
    if lacking:
        return (
            "WordPress tests need the Debian packages " + " ".join(PACKAGES)
            + " (missing: " + ", ".join(lacking) + "); `make test-wordpress` installs them"
        )
    return ""


@dataclass
class WordPressSite:
    """A running site; :meth:`stop` ends both servers (also safe to call twice)."""

    root: Path
    url: str = ""
    passwords: dict[str, str] = field(default_factory=dict)
    user_ids: dict[str, int] = field(default_factory=dict)
    _db: subprocess.Popen | None = None
    _web: subprocess.Popen | None = None
    _port: int = 0

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def socket_path(self) -> Path:
        return self.root / "db" / "sock"

    # ---- lifecycle -------------------------------------------------------------
    def start(self, cache: Path | None = None) -> WordPressSite:
        """Set up and start; ``cache`` keeps a freshly installed database for the next run.

        Installing (mariadb-install-db, then WordPress's installer) takes most of the
        set-up time; a copy of the result makes the next start take about two seconds.
        """
        template = cache / _cache_key() if cache else None
        try:
            reused = template is not None and self._database_from(template)
            if not reused:
                self._init_database()
            self._run_database()
            self._copy_wordpress()
            self._port = free_port()
            self.url = f"http://127.0.0.1:{self._port}"
            self._write_config()
            if not reused:
                self._install()
                if template is not None:
                    self._keep_database(template)
            self.start_web()
        except BaseException:
            self.stop()
            raise
        return self

    def start_web(self) -> None:
        """(Re)start PHP's web server on the same port."""
        if self._web is not None and self._web.poll() is None:
            return
        log = (self.root / "php.log").open("ab")
        self._web = subprocess.Popen(
            # OPcache keeps WordPress compiled between requests: several times faster.
            ["php", "-d", "opcache.enable_cli=1", "-d", "opcache.validate_timestamps=0",
             "-S", f"127.0.0.1:{self._port}", "-t", str(self.site)],
            stdout=log, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True,
            env={**os.environ, "PHP_CLI_SERVER_WORKERS": "2"},
        )
        _wait_for(lambda: _answers(self.url + "/?rest_route=/"), "PHP's web server")

    def stop_web(self) -> None:
        _end(self._web)
        self._web = None

    def stop(self) -> None:
        self.stop_web()
        _end(self._db)
        self._db = None

    # ---- helpers for tests -----------------------------------------------------
    def php(self, code: str) -> str:
        """Run PHP with WordPress loaded (as the admin); returns what it printed."""
        script = self.root / "run.php"
        script.write_text(
            "<?php\n$_SERVER['HTTP_HOST'] = '127.0.0.1';\n"
            f"require {json.dumps(str(self.site / 'wp-load.php'))};\n"
            "wp_set_current_user(1);\n" + code + "\n",
            encoding="utf-8",
        )
        done = subprocess.run(
            ["php", str(script)], capture_output=True, text=True, timeout=60, cwd=self.site
        )
        if done.returncode != 0:
            raise RuntimeError(f"PHP failed: {done.stderr or done.stdout}")
        return done.stdout

    def block_pretty_urls(self, block: bool) -> None:
        """Make ``/wp-json/…`` a plain 404 page, as on a server without rewrite rules.

        PHP's web server hands unknown paths to index.php, which would answer them;
        a static page in ``wp-json/`` stops that, so the client must use ``?rest_route=``.
        """
        page = self.site / "wp-json" / "index.html"
        if block:
            page.parent.mkdir(exist_ok=True)
            page.write_text("<!doctype html><title>404</title><h1>Not Found</h1>\n", encoding="utf-8")
        else:
            page.unlink(missing_ok=True)
            if page.parent.is_dir():
                page.parent.rmdir()

    def set_option(self, name: str, value: object) -> None:
        self.php(f"update_option({json.dumps(name)}, json_decode({json.dumps(json.dumps(value))}));")

    def get(self, route: str, user: str = "admin", **params: str) -> object:
        """GET a REST route (``/wp/v2/posts/5``) as ``user``; the decoded JSON."""
        query = "".join(f"&{k}={urllib.request.quote(str(v))}" for k, v in params.items())
        request = urllib.request.Request(f"{self.url}/?rest_route={route}{query}")
        request.add_header("Authorization", basic_auth(user, self.passwords[user]))
        with urllib.request.urlopen(request, timeout=30) as answer:
            return json.loads(answer.read().decode("utf-8"))

    # ---- set-up steps ----------------------------------------------------------
    def _init_database(self) -> None:
        data = self.root / "db"
        data.mkdir(parents=True)
        subprocess.run(
            ["mariadb-install-db", "--no-defaults", f"--datadir={data}",
             "--auth-root-authentication-method=normal", "--skip-test-db",
             "--skip-name-resolve", "--innodb-log-file-size=8M"],
            check=True, capture_output=True, timeout=120, env=_env(),
        )

    def _run_database(self) -> None:
        data = self.root / "db"
        log = (self.root / "mariadb.log").open("ab")
        self._db = subprocess.Popen(
            [shutil.which("mariadbd", path=_sbin_path()) or "mariadbd", "--no-defaults",
             f"--datadir={data}", f"--socket={self.socket_path}", "--skip-networking",
             f"--user={pwd.getpwuid(os.geteuid()).pw_name}",
             f"--pid-file={data / 'pid'}", "--innodb-buffer-pool-size=16M",
             "--innodb-log-file-size=8M", "--skip-log-bin",
             "--innodb-flush-log-at-trx-commit=0"],
            stdout=log, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True,
        )
        _wait_for(self.socket_path.exists, "MariaDB", process=self._db)

    def _database_from(self, template: Path) -> bool:
        """Copy a cached installed database; False when there is none."""
        accounts = template / "accounts.json"
        if not accounts.is_file():
            return False
        shutil.copytree(template / "db", self.root / "db", symlinks=True)
        data = json.loads(accounts.read_text(encoding="utf-8"))
        self.user_ids = {k: int(v) for k, v in data["users"].items()}
        self.passwords = data["passwords"]
        return True

    def _keep_database(self, template: Path) -> None:
        """Shut MariaDB down cleanly, copy its folder into the cache, start it again."""
        _end(self._db)
        self._db = None
        temporary = Path(tempfile.mkdtemp(prefix=".new-", dir=_made(template.parent)))
        shutil.copytree(self.root / "db", temporary / "db", symlinks=True,
                        ignore=shutil.ignore_patterns("sock", "pid", "*.pid"))
        (temporary / "accounts.json").write_text(
            json.dumps({"users": self.user_ids, "passwords": self.passwords}), encoding="utf-8")
        try:
            temporary.rename(template)
        except OSError:  # another session was quicker
            shutil.rmtree(temporary, ignore_errors=True)
        self._run_database()

    def _copy_wordpress(self) -> None:
        try:  # hard links: instant, and nothing of WordPress is ever written to
            subprocess.run(["cp", "-al", str(WORDPRESS), str(self.site)], check=True,
                           capture_output=True)
        except subprocess.CalledProcessError:
            shutil.rmtree(self.site, ignore_errors=True)
            shutil.copytree(WORDPRESS, self.site, symlinks=True)
        (self.site / "wp-config.php").unlink()
        (self.site / ".htaccess").unlink(missing_ok=True)
        _repoint_links(self.site)
        self.block_pretty_urls(True)
        plugins = self.site / "wp-content" / "mu-plugins"
        plugins.mkdir(exist_ok=True)
        (plugins / "feder-test-switches.php").write_text(_SWITCHES, encoding="utf-8")

    def _write_config(self) -> None:
        keys = "\n".join(
            f"define('{name}', '{os.urandom(16).hex()}');"
            for name in ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY",
                         "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT")
        )
        (self.site / "wp-config.php").write_text(
            f"""<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:{self.socket_path}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HOME', '{self.url}');
define('WP_SITEURL', '{self.url}');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
{keys}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
""",
            encoding="utf-8",
        )

    def _install(self) -> None:
        subprocess.run(
            ["mariadb", "--no-defaults", f"--socket={self.socket_path}", "-uroot",
             "-e", "CREATE DATABASE wordpress CHARACTER SET utf8mb4"],
            check=True, capture_output=True, timeout=60,
        )
        users = json.dumps(USERS)
        script = self.root / "install.php"
        script.write_text(
            f"""<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require {json.dumps(str(self.site / 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('Feder-Testseite', 'admin', 'admin@example.org', false, '', 'admin-login-pw');
$out = array('users' => array(), 'passwords' => array());
foreach (json_decode('{users}', true) as $login => $role) {{
    $id = ($login === 'admin') ? $result['user_id']
        : wp_create_user($login, $login . '-login-pw', $login . '@example.org');
    $user = new WP_User($id);
    $user->set_role($role);
    wp_update_user(array('ID' => $id, 'display_name' => ucfirst($login) . ' Test'));
    list($password, $item) = WP_Application_Passwords::create_new_application_password(
        $id, array('name' => 'Feder tests'));
    $out['users'][$login] = $id;
    $out['passwords'][$login] = $password;
}}
// An author whose display name matches the sample article's author.
$jana = wp_create_user('jvogt', 'jvogt-login-pw', 'jana@example.org');
wp_update_user(array('ID' => $jana, 'display_name' => 'Jana Vogt', 'role' => 'author'));
$out['users']['jvogt'] = $jana;
update_option('permalink_structure', '');
echo "\\n@@" . json_encode($out);
""",
            encoding="utf-8",
        )
        done = subprocess.run(
            ["php", str(script)], capture_output=True, text=True, timeout=120, cwd=self.site
        )
        if "@@" not in done.stdout:
            raise RuntimeError(f"WordPress did not install: {done.stdout}{done.stderr}")
        data = json.loads(done.stdout.rsplit("@@", 1)[1])
        self.user_ids = {k: int(v) for k, v in data["users"].items()}
        self.passwords = data["passwords"]


#: A must-use plugin whose behaviour the tests switch with options: a REST API
#: switched off (as security plugins do) and a plugin that rejects posts.
_SWITCHES = """<?php
add_filter('rest_authentication_errors', function ($result) {
    if (get_option('feder_test_rest_off')) {
        return new WP_Error('rest_disabled', 'The REST API is switched off on this site.',
                            array('status' => 403));
    }
    return $result;
}, 99);
add_filter('rest_pre_insert_post', function ($post, $request) {
    if (get_option('feder_test_reject_posts')) {
        return new WP_Error('feder_test_rejected', 'Posts are frozen by the Lockdown plugin.',
                            array('status' => 403));
    }
    return $post;
}, 10, 2);
"""


def start_site(root: Path | None = None, cache: Path | None = None) -> WordPressSite:
    """Set up and start a site in ``root`` (a new temporary folder by default)."""
    root = Path(root) if root else Path(tempfile.mkdtemp(prefix="feder-wp-"))
    return WordPressSite(root).start(cache)


def default_cache() -> Path:
    """Where installed test databases are kept (throwaway accounts of loopback sites only)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "feder-tests" / "wordpress"


def basic_auth(user: str, password: str) -> str:
    import base64

    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# ---- private -------------------------------------------------------------------


def _sbin_path() -> str:
    return os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])


def _cache_key() -> str:
    """Changes with this script, WordPress's version and the MariaDB binary."""
    import hashlib

    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update((WORDPRESS / "wp-includes" / "version.php").read_bytes())
    server = shutil.which("mariadbd", path=_sbin_path()) or ""
    digest.update(f"{server}:{os.stat(server).st_mtime_ns if server else 0}".encode())
    return digest.hexdigest()[:16]


def _repoint_links(site: Path) -> None:
    """Debian links some scripts (underscore.js …) relatively into /usr/share/javascript;
    in the copy those links point nowhere, so they get the original's target."""
    for folder, dirs, files in os.walk(site):
        for name in dirs + files:
            link = Path(folder) / name
            if not link.is_symlink() or os.path.isabs(os.readlink(link)):
                continue
            original = WORDPRESS / link.relative_to(site)
            target = (original.parent / os.readlink(link)).resolve()
            link.unlink()
            link.symlink_to(target)


def _made(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _env() -> dict[str, str]:
    return {**os.environ, "PATH": _sbin_path()}


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as answer:
            return answer.status < 500
    except urllib.error.HTTPError as exc:
        return exc.code < 500
    except OSError:
        return False


def _wait_for(ready, what: str, timeout: float = 30, process=None) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} stopped while starting (exit {process.returncode})")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not start within {timeout:.0f} s")
        time.sleep(0.05)


def _end(process: subprocess.Popen | None) -> None:
    """Terminate a server and its session (PHP's workers too); kill if it lingers."""
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


if __name__ == "__main__":
    reason = missing()
    if reason:
        raise SystemExit(reason)
    started = time.monotonic()
    running = start_site(cache=default_cache())
    print(f"WordPress at {running.url} in {time.monotonic() - started:.1f} s ({running.root})")
    for name, password in running.passwords.items():
        print(f"  {name}: {password}")
    try:
        input("Enter stops it. ")
    finally:
        running.stop()
