#!/bin/sh
# The prod profile (docker/compose.prod.yml): each service gets its own login role, owner of its
# database and of nothing else, so a service reaches only its own data. Skipped for a database
# whose password is not set (the dev default, where every service signs in as postgres).
# Runs once, on the first start of an empty data volume, after 10-databases.sql.
set -eu
for db in profile activity recommendation; do
  password=$(printenv "$(echo "$db" | tr a-z A-Z)_DB_PASSWORD" || true)
  [ -n "$password" ] || continue
  echo "roles.sh: role $db owns database $db"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$db" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
ALTER DATABASE :"role" OWNER TO :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
done
