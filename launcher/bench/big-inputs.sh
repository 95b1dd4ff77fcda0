# Sourced by the bench scripts that run big inputs: the distribution, BigInputs' kit, a work folder
# and a temporary desk named NAME-PID copied from the desk BASE; both are removed when the script ends.
#   . "$(dirname "$0")/big-inputs.sh" NAME BASE     (from launcher/, as the scripts cd there first)
export COPYDESK_NO_DAEMON=1 # the whole process is measured: a new JVM each run, never the warm runtime
home=target/copydesk
bin=$home/bin/copydesk
kit=../bundles/formats/target/test-classes
[ -x "$bin" ] || { echo "no distribution: run mvn -B -q package -DskipTests first" >&2; exit 2; }
[ -d "$kit" ] || { echo "no $kit: run mvn -B -q package -DskipTests first" >&2; exit 2; }
work=$(mktemp -d)
desk=bench-$1-$$
trap 'rm -rf "$work" "$home/config/desks/$desk"' EXIT
mkdir -p "$home/config/desks/$desk"
cp "$home/config/desks/$2"/* "$home/config/desks/$desk/"
java -cp "$kit" org.copydesk.formats.testkit.BigInputs "$work" > /dev/null
