import path from 'node:path';

/**
 * Returns an nginx configuration that serves `htmlRoot` on 127.0.0.1:`port`, in the foreground,
 * with every file nginx writes (PID, error log, temporary files) inside `directory`. The settings
 * that change serving speed are Debian's defaults from its /etc/nginx/nginx.conf (1.22):
 * `worker_processes auto`, 768 worker connections, `sendfile`, `tcp_nopush`, and `gzip on` at
 * the default level 1. The access log is off because `next start` writes none either.
 */
export function nginxConfig(directory: string, htmlRoot: string, port: number): string {
  const inside = (name: string) => path.join(directory, name);
  return `daemon off;
worker_processes auto;
pid ${inside('nginx.pid')};
error_log ${inside('error.log')} warn;

events {
  worker_connections 768;
}

http {
  access_log off;
  client_body_temp_path ${inside('client_body')};
  proxy_temp_path ${inside('proxy')};
  fastcgi_temp_path ${inside('fastcgi')};
  uwsgi_temp_path ${inside('uwsgi')};
  scgi_temp_path ${inside('scgi')};

  types {
    text/html html;
  }
  default_type application/octet-stream;
  charset utf-8;

  sendfile on;
  tcp_nopush on;
  gzip on;

  server {
    listen 127.0.0.1:${port};
    root ${htmlRoot};
    # /publications/mesa is stored as publications/mesa.html, and / as index.html.
    location / {
      try_files $uri $uri.html $uri/index.html =404;
    }
  }
}
`;
}
