#!/usr/bin/env bash
# Local Neo4j 5.26 LTS Community server for tests and CI, without Docker.
#
#   bash .ci/neo4j.sh start     # resolve jars (Maven), start, wait until Bolt accepts our login
#   bash .ci/neo4j.sh stop      # SIGTERM, wait, SIGKILL if needed; exits 0 even if not running
#   bash .ci/neo4j.sh status    # exit 0 if running, 3 if not
#   bash .ci/neo4j.sh restart
#
# The server is the embedded Community DBMS from Maven Central (org.neo4j:neo4j,
# see neo4j/pom.xml) with the Bolt connector, run by neo4j/Neo4jLauncher.java.
#   Bolt:     bolt://127.0.0.1:7687 (no TLS), user neo4j, password $NEO4J_PASSWORD
#             (default actorgraph-test); default database "neo4j". No HTTP connector.
#   Runtime:  .ci/.neo4j/ (git-ignored): home/ (data, logs/debug.log, conf/neo4j.conf),
#             neo4j.log (launcher output), neo4j.pid. To wipe the data: stop, then
#             rm -rf .ci/.neo4j/home.
#   Caches:   jars in the Maven cache (~/.m2); the resolved classpath, the compiled
#             launcher and a JVM class-data-sharing archive (it cuts start time
#             about in half; written when the first server started from a given
#             setup stops) in ~/.cache/actorgraph-neo4j, shared by all clones on
#             the machine. Everything is rebuilt when missing or stale.
#
# Environment (all optional):
#   NEO4J_PASSWORD       password for user neo4j, >= 8 chars  (actorgraph-test)
#   NEO4J_BOLT_PORT      Bolt port on 127.0.0.1                (7687)
#   NEO4J_HEAP           JVM max heap                          (1g)
#   NEO4J_PAGECACHE      Neo4j page cache size                 (256m)
#   NEO4J_START_TIMEOUT  seconds to wait for start             (180)
#   NEO4J_STOP_TIMEOUT   seconds to wait after SIGTERM         (60)
#   NEO4J_JAVA_HOME      JDK to use (17 or 21; default: JDK 17 under /usr/lib/jvm)
#   NEO4J_RUN_DIR        runtime directory                     (.ci/.neo4j)
#   NEO4J_CACHE_DIR      machine-level cache                   (~/.cache/actorgraph-neo4j)
#   NEO4J_CDS            0 disables the class-data-sharing archive
#   NEO4J_MVN_ARGS       extra Maven arguments, e.g. -Dmaven.repo.local=/path
#   PYTHON               Python for the login check, if it has the neo4j driver (python3)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LAUNCHER_DIR="$SCRIPT_DIR/neo4j"
LAUNCHER_SRC="$LAUNCHER_DIR/Neo4jLauncher.java"
LAUNCHER_POM="$LAUNCHER_DIR/pom.xml"
RUN_DIR="${NEO4J_RUN_DIR:-$SCRIPT_DIR/.neo4j}"
CACHE_DIR="${NEO4J_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/actorgraph-neo4j}"
HOME_DIR="$RUN_DIR/home"
PID_FILE="$RUN_DIR/neo4j.pid"
LOG_FILE="$RUN_DIR/neo4j.log"
READY_FILE="$HOME_DIR/ready"
CDS_PENDING_FILE="$RUN_DIR/cds-pending"

export NEO4J_PASSWORD="${NEO4J_PASSWORD:-actorgraph-test}"
export NEO4J_BOLT_HOST=127.0.0.1
export NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
export NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-256m}"
HEAP="${NEO4J_HEAP:-1g}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-180}"
STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"
PYTHON="${PYTHON:-python3}"
BOLT_URI="bolt://$NEO4J_BOLT_HOST:$NEO4J_BOLT_PORT"

log() { echo "neo4j.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

log_tail() {
    if [[ -f $LOG_FILE ]]; then
        log "last lines of $LOG_FILE:"
        tail -n "${1:-40}" "$LOG_FILE" >&2 || true
    fi
}

short_hash() { sha256sum | cut -c1-16; }

# ---------------------------------------------------------------- process state

# Prints the pid of our launcher if it is running, else fails.
running_pid() {
    local pid
    [[ -f $PID_FILE ]] || return 1
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'Neo4jLauncher' || return 1
    echo "$pid"
}

port_open() {
    timeout 2 bash -c "exec 3<>/dev/tcp/$NEO4J_BOLT_HOST/$NEO4J_BOLT_PORT" 2>/dev/null
}

have_python_driver() {
    command -v "$PYTHON" >/dev/null 2>&1 && "$PYTHON" -c 'import neo4j' >/dev/null 2>&1
}

# Real Bolt login + query with the Python driver. Exit 0 ok, 1 not (yet) up, 2 login refused.
auth_check() {
    "$PYTHON" - "$BOLT_URI" <<'PY'
import os, sys
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError
try:
    with GraphDatabase.driver(sys.argv[1], auth=("neo4j", os.environ["NEO4J_PASSWORD"]),
                              connection_timeout=5) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS ok", database_="neo4j")
        sys.exit(0 if records[0]["ok"] == 1 else 1)
except AuthError as e:
    print(f"login check: {e}", file=sys.stderr)
    sys.exit(2)
except Exception as e:
    print(f"login check: {type(e).__name__}: {e}", file=sys.stderr)
    sys.exit(1)
PY
}

# ---------------------------------------------------------------- toolchain

find_java_home() {
    local cand
    for cand in "${NEO4J_JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-* \
                /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-*; do
        if [[ -n $cand && -x $cand/bin/java && -x $cand/bin/javac && -x $cand/bin/jar ]]; then
            echo "$cand"
            return 0
        fi
    done
    return 1
}

apt_install() {
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        log "installing $* with apt-get"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
    else
        return 1
    fi
}

ensure_toolchain() {
    JAVA_HOME_N4J="$(find_java_home)" || {
        apt_install openjdk-17-jdk-headless || die "no JDK 17/21 found (install openjdk-17-jdk-headless or set NEO4J_JAVA_HOME)"
        JAVA_HOME_N4J="$(find_java_home)" || die "no JDK 17/21 found after install"
    }
    if ! command -v mvn >/dev/null 2>&1; then
        apt_install maven || die "Maven (mvn) not found; install it (apt-get install maven)"
    fi
}

# Prints the launcher's dependency classpath. Resolved by Maven once per pom.xml
# and cached; the jars themselves stay in the Maven cache (~/.m2).
resolve_classpath() {
    local key cp_file jar tmp
    key="$(short_hash <"$LAUNCHER_POM")"
    cp_file="$CACHE_DIR/classpath-$key.txt"
    if [[ -s $cp_file ]]; then
        local IFS=: ok=1
        for jar in $(cat "$cp_file"); do
            [[ -f $jar ]] || { ok=0; break; }
        done
        if ((ok)); then
            cat "$cp_file"
            return 0
        fi
    fi
    log "resolving Neo4j jars with Maven (the first time this downloads ~150 MB into the Maven cache)"
    tmp="$cp_file.$$.tmp"
    # shellcheck disable=SC2086
    if ! JAVA_HOME="$JAVA_HOME_N4J" mvn -B -q -f "$LAUNCHER_POM" ${NEO4J_MVN_ARGS:-} \
            dependency:build-classpath -Dmdep.outputFile="$tmp" >"$RUN_DIR/mvn.log" 2>&1 || [[ ! -s $tmp ]]; then
        rm -f "$tmp"
        tail -n 30 "$RUN_DIR/mvn.log" >&2
        die "Maven could not resolve the Neo4j jars (see $RUN_DIR/mvn.log)"
    fi
    mv -f "$tmp" "$cp_file"
    cat "$cp_file"
}

# Compiles the launcher into a jar once per (source, pom.xml) version; prints the jar.
# (A jar, not a classes dir, because class-data sharing only archives classes from jars.)
build_launcher() {
    local cp="$1" key jar tmp
    key="$(cat "$LAUNCHER_SRC" "$LAUNCHER_POM" | short_hash)"
    jar="$CACHE_DIR/launcher-$key.jar"
    if [[ ! -s $jar ]]; then
        tmp="$(mktemp -d "$CACHE_DIR/build.XXXXXX")"
        "$JAVA_HOME_N4J/bin/javac" -nowarn -d "$tmp/classes" -cp "$cp" "$LAUNCHER_SRC" >&2 \
            || { rm -rf "$tmp"; die "could not compile $LAUNCHER_SRC"; }
        "$JAVA_HOME_N4J/bin/jar" --create --file "$tmp/launcher.jar" -C "$tmp/classes" . \
            || { rm -rf "$tmp"; die "could not package the launcher"; }
        mv -f "$tmp/launcher.jar" "$jar"
        rm -rf "$tmp"
    fi
    echo "$jar"
}

# ---------------------------------------------------------------- commands

# Waits until the launcher reports ready and Bolt accepts our credentials.
wait_ready() {
    local pid="$1" deadline=$((SECONDS + START_TIMEOUT)) rc use_driver=0
    have_python_driver && use_driver=1
    rm -f "$RUN_DIR/login-check.err"
    while ((SECONDS < deadline)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            log_tail 60
            die "Neo4j exited during startup (log: $LOG_FILE)"
        fi
        if [[ -f $READY_FILE ]] && port_open; then
            ((use_driver)) || return 0
            rc=0
            auth_check 2>"$RUN_DIR/login-check.err" || rc=$?
            if ((rc == 0)); then
                return 0
            elif ((rc == 2)); then
                cat "$RUN_DIR/login-check.err" >&2
                die "Neo4j is up but refused user neo4j with NEO4J_PASSWORD"
            fi
        fi
        sleep 0.5
    done
    [[ -f $RUN_DIR/login-check.err ]] && cat "$RUN_DIR/login-check.err" >&2
    log_tail 60
    log "stopping the half-started server"
    do_stop || true
    die "Neo4j did not become ready within ${START_TIMEOUT}s (log: $LOG_FILE)"
}

do_start() {
    local pid cp jar t0=$SECONDS
    mkdir -p "$RUN_DIR" "$HOME_DIR" "$CACHE_DIR"

    if pid="$(running_pid)"; then
        wait_ready "$pid"
        log "already running (pid $pid) on $BOLT_URI"
        return 0
    fi
    rm -f "$PID_FILE"

    if port_open; then
        # Something else (e.g. the docker-compose Neo4j) holds the port.
        if have_python_driver && auth_check 2>/dev/null; then
            log "a Neo4j not started by this script already answers on $BOLT_URI with NEO4J_PASSWORD; using it"
            return 0
        fi
        die "port $NEO4J_BOLT_HOST:$NEO4J_BOLT_PORT is already in use by another process"
    fi

    ensure_toolchain
    cp="$(resolve_classpath)"
    jar="$(build_launcher "$cp")"

    local java="$JAVA_HOME_N4J/bin/java"
    local -a jvm_opts=(
        "-Xms256m" "-Xmx$HEAP"
        -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+ExitOnOutOfMemoryError
        -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC
        -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
        -Dlog4j2.disable.jmx=true
        --add-opens=java.base/java.nio=ALL-UNNAMED
        --add-opens=java.base/java.io=ALL-UNNAMED
        --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
        --add-opens=java.base/java.lang=ALL-UNNAMED
    )

    # Class-data sharing: the archive is specific to the JDK, the classpath and the
    # options, so its name hashes them all. Without one, this run records it on exit.
    rm -f "$CDS_PENDING_FILE"
    if [[ ${NEO4J_CDS:-1} != 0 ]]; then
        local cds_key cds_file
        cds_key="$( { echo "$java"; stat -c '%s %Y' "$JAVA_HOME_N4J/lib/modules" 2>/dev/null || true
                      stat -c '%Y' "$jar"; echo "$jar:$cp"; echo "${jvm_opts[*]}"; } | short_hash)"
        cds_file="$CACHE_DIR/cds-$cds_key.jsa"
        if [[ -s $cds_file ]]; then
            jvm_opts+=("-XX:SharedArchiveFile=$cds_file")
        else
            # Leftovers of runs that were never stopped by this script.
            find "$CACHE_DIR" -maxdepth 1 -name 'cds-*.jsa.tmp.*' -mmin +60 -delete 2>/dev/null || true
            jvm_opts+=("-XX:ArchiveClassesAtExit=$cds_file.tmp.$$")
            echo "$cds_file.tmp.$$ $cds_file" >"$CDS_PENDING_FILE"
        fi
        jvm_opts+=("-Xlog:cds=off" "-Xlog:cds+dynamic=off")
    fi

    rm -f "$READY_FILE"
    [[ -f $LOG_FILE ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
    log "starting Neo4j on $BOLT_URI (java: $java, heap $HEAP, page cache $NEO4J_PAGECACHE)"
    # Own session (setsid) so the server outlives the caller's process group; the
    # inner shell records its pid and execs java, so the pid file names the JVM.
    local -a detach=()
    command -v setsid >/dev/null 2>&1 && detach=(setsid)
    (
        cd "$RUN_DIR"
        "${detach[@]}" nohup bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
            "$java" "${jvm_opts[@]}" -cp "$jar:$cp" Neo4jLauncher "$HOME_DIR" \
            >"$LOG_FILE" 2>&1 </dev/null &
    )
    local i
    for i in $(seq 1 50); do
        [[ -s $PID_FILE ]] && break
        sleep 0.1
    done
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    [[ $pid =~ ^[0-9]+$ ]] || { log_tail; die "launcher did not start"; }

    wait_ready "$pid"
    log "Neo4j is ready on $BOLT_URI (pid $pid, user neo4j) after $((SECONDS - t0))s"
}

do_stop() {
    local pid deadline killed=0
    if ! pid="$(running_pid)"; then
        rm -f "$PID_FILE"
        log "not running"
        return 0
    fi
    log "stopping Neo4j (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    deadline=$((SECONDS + STOP_TIMEOUT))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
        sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "still running after ${STOP_TIMEOUT}s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        killed=1
        while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    fi
    rm -f "$PID_FILE" "$READY_FILE"
    # Publish the class-data-sharing archive this run wrote on a clean exit.
    if [[ -f $CDS_PENDING_FILE ]]; then
        local tmp final
        read -r tmp final <"$CDS_PENDING_FILE" || true
        if ((killed == 0)) && [[ -n ${tmp:-} && -s $tmp ]]; then
            find "$CACHE_DIR" -maxdepth 1 -name 'cds-*.jsa' ! -path "$final" -delete 2>/dev/null || true
            mv -f "$tmp" "$final"
            log "recorded a class-data-sharing archive for faster starts: $final"
        else
            rm -f "${tmp:-/nonexistent}"
        fi
        rm -f "$CDS_PENDING_FILE"
    fi
    log "stopped"
}

do_status() {
    local pid
    if pid="$(running_pid)"; then
        if [[ -f $READY_FILE ]] && port_open; then
            echo "running (pid $pid) on $BOLT_URI"
        else
            echo "starting (pid $pid)"
        fi
        return 0
    fi
    echo "not running"
    return 3
}

case "${1:-}" in
    start) do_start ;;
    stop) do_stop ;;
    restart) do_stop; do_start ;;
    status) do_status ;;
    *)
        echo "usage: $0 {start|stop|status|restart}" >&2
        exit 2
        ;;
esac
