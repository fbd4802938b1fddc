#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image (Ubuntu), with the zip unpacked in
# /autograder/source. The grader compiles submissions in-process with javax.tools, so it needs a JDK, not a JRE.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# bubblewrap: the test JVMs run inside it (read-only filesystem, no network) as well as as the user nobody
apt-get install -y -q --no-install-recommends openjdk-17-jdk-headless bubblewrap
# student code runs as nobody, which must be able to read (never write) the kit
chmod -R a+rX,go-w /autograder/source
# zip tools do not always keep the executable bit; Gradescope runs run_autograder directly
chmod +x /autograder/source/run_autograder
if [ -f /autograder/run_autograder ]; then chmod +x /autograder/run_autograder; fi
java -version
