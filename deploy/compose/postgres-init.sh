#!/bin/bash
# First start of the PostgreSQL container: one role and one database per service, and Keycloak's.
# Each role owns only its database; passwords come from the container's environment (.env).
set -euo pipefail
for name in curriculum enrollment certification keycloak; do
  password_var="$(echo "$name" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v name="$name" -v password="${!password_var}" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
done
