# Two "hosts" for the multi-host tests and bench of pipelines/nightly: an
# sshd of our own on a loopback port, listening on 127.0.0.1 and 127.0.0.2,
# with a throwaway host key and user key, reached as nfh1 and nfh2 through
# an ssh_config that GNU parallel uses via PARALLEL_SSH.  Nothing of the
# machine's own ssh setup is read or changed.
#
#   sshd_start DIR [REMOTE_PATH]   start it; files in DIR; on the hosts,
#                                  PATH is REMOTE_PATH:/usr/bin:/bin
#   sshd_stop DIR                  stop it
#
# sshd_start sets PARALLEL_SSH, and NF_SSH_CONFIG to the client config.
# The hosts' PATH is set by sshd (SetEnv), and so is SHLVL=1: bash then
# skips ~/.bashrc for ssh commands, whose start-up (pyenv and the like on
# some machines) would otherwise cost a second per connection and make
# the figures measure the machine's rc files instead of the tools.

sshd_start() {
	local dir=$1 rpath=${2:-} port try
	local sshd
	sshd=$(command -v sshd || echo /usr/sbin/sshd)
	if [ ! -x "$sshd" ]; then
		echo "sshd_start: no sshd: apt-get install openssh-server" >&2
		return 1
	fi
	mkdir -p "$dir"
	rm -f "$dir"/hostkey* "$dir"/userkey*
	ssh-keygen -q -t ed25519 -N '' -f "$dir/hostkey" || return 1
	ssh-keygen -q -t ed25519 -N '' -f "$dir/userkey" || return 1
	cp "$dir/userkey.pub" "$dir/authorized_keys"
	chmod 600 "$dir/authorized_keys" "$dir/hostkey" "$dir/userkey"
	# sshd run as root wants its privilege separation directory
	[ "$(id -u)" -ne 0 ] || mkdir -p /run/sshd
	for try in 1 2 3 4 5 6 7 8; do
		port=$((20000 + (RANDOM % 30000)))
		cat >"$dir/sshd_config" <<EOF
Port $port
ListenAddress 127.0.0.1
ListenAddress 127.0.0.2
HostKey $dir/hostkey
AuthorizedKeysFile $dir/authorized_keys
PidFile $dir/sshd.pid
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
SetEnv PATH=${rpath:+$rpath:}/usr/local/bin:/usr/bin:/bin SHLVL=1
EOF
		rm -f "$dir/sshd.pid"
		"$sshd" -f "$dir/sshd_config" -E "$dir/sshd.log" || continue
		cat >"$dir/ssh_config" <<EOF
Host nfh1
  HostName 127.0.0.1
Host nfh2
  HostName 127.0.0.2
Host *
  Port $port
  User $(id -un)
  IdentityFile $dir/userkey
  IdentitiesOnly yes
  StrictHostKeyChecking no
  UserKnownHostsFile /dev/null
  LogLevel ERROR
  BatchMode yes
EOF
		export NF_SSH_CONFIG=$dir/ssh_config
		export PARALLEL_SSH="ssh -F $dir/ssh_config"
		local i
		for i in $(seq 50); do
			if ssh -F "$dir/ssh_config" nfh1 true 2>/dev/null &&
				ssh -F "$dir/ssh_config" nfh2 true 2>/dev/null; then
				return 0
			fi
			sleep 0.1
		done
		sshd_stop "$dir"
	done
	echo "sshd_start: could not start sshd on loopback (see $dir/sshd.log)" >&2
	return 1
}

sshd_stop() {
	[ -f "$1/sshd.pid" ] && kill "$(cat "$1/sshd.pid")" 2>/dev/null
	rm -f "$1/sshd.pid"
	return 0
}
