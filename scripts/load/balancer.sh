# Sourced by scripts/load.sh when LOAD_INSTANCES > 1: Debian's nginx on the load port, round robin
# over the instances, plain HTTP on loopback with keep-alive to them. It passes the client's
# X-Forwarded-Proto on, as the TLS-terminating nginx of docs/operations.md sets it, so the figures
# leave TLS out on both sides of the comparison with one instance.
balancer_pid=""

start_balancer() {
  local dir="$work/nginx" servers="" i
  command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }
  mkdir -p "$dir"
  # Started as root, nginx's workers run as nobody and write their temp files here.
  chmod 777 "$dir"
  for i in $(seq "$instances"); do servers+="server 127.0.0.1:$((port + i));"; done
  cat >"$dir/nginx.conf" <<NGINX
worker_processes 1;
pid $dir/nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  upstream mutualaid { $servers keepalive 64; }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://mutualaid;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$http_x_forwarded_proto;
    }
  }
}
NGINX
  nginx -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" -g 'daemon off;' &
  balancer_pid=$!
  for _ in $(seq 100); do curl -sf -H "$proto" "$base/healthz" >/dev/null && return; sleep 0.1; done
  echo "nginx did not answer on $base; see $dir/error.log" >&2; exit 1
}

stop_balancer() {
  [[ -n $balancer_pid ]] && kill "$balancer_pid" 2>/dev/null && wait "$balancer_pid" 2>/dev/null || true
  balancer_pid=""
}
