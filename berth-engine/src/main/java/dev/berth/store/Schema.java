package dev.berth.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The database schema as a list of forward-only migrations; {@code schema_version} says which ran. */
final class Schema {
  private Schema() {}

  private static final List<String> MIGRATIONS =
      List.of(
          // 1: images, references, layers, containers, leases, reference history, events
          """
          CREATE TABLE images(
            id TEXT PRIMARY KEY,
            created_ns INTEGER NOT NULL,
            parent TEXT,
            top_layer TEXT,
            size INTEGER NOT NULL,
            labels TEXT,
            last_tag_time TEXT,
            last_used_ns INTEGER NOT NULL,
            added_ns INTEGER NOT NULL
          );
          CREATE INDEX images_parent ON images(parent);
          CREATE INDEX images_created ON images(created_ns);
          CREATE TABLE refs(
            name TEXT PRIMARY KEY,
            image_id TEXT NOT NULL REFERENCES images(id),
            repository TEXT NOT NULL,
            is_digest INTEGER NOT NULL,
            created_ns INTEGER NOT NULL
          );
          CREATE INDEX refs_image ON refs(image_id);
          CREATE TABLE layers(
            chain_id TEXT PRIMARY KEY,
            diff_id TEXT NOT NULL,
            parent TEXT REFERENCES layers(chain_id),
            size INTEGER NOT NULL,
            tar_split TEXT,
            created_ns INTEGER NOT NULL
          );
          CREATE TABLE layer_users(
            owner TEXT NOT NULL,
            chain_id TEXT NOT NULL REFERENCES layers(chain_id),
            PRIMARY KEY(owner, chain_id)
          );
          CREATE INDEX layer_users_chain ON layer_users(chain_id);
          CREATE TABLE containers(
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            image_id TEXT NOT NULL,
            image_ref TEXT NOT NULL,
            created_ns INTEGER NOT NULL,
            state TEXT NOT NULL,
            pid INTEGER NOT NULL DEFAULT 0,
            exit_code INTEGER NOT NULL DEFAULT 0,
            started_at TEXT,
            finished_at TEXT,
            config TEXT NOT NULL
          );
          CREATE INDEX containers_image ON containers(image_id);
          CREATE TABLE leases(
            id TEXT PRIMARY KEY,
            created_ns INTEGER NOT NULL,
            expires_ns INTEGER NOT NULL
          );
          CREATE TABLE lease_resources(
            lease_id TEXT NOT NULL REFERENCES leases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            resource TEXT NOT NULL,
            PRIMARY KEY(lease_id, kind, resource)
          );
          CREATE TABLE ref_history(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            image_id TEXT NOT NULL,
            name TEXT NOT NULL,
            cause TEXT NOT NULL,
            time_ns INTEGER NOT NULL
          );
          CREATE INDEX ref_history_image ON ref_history(image_id);
          CREATE TABLE events(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            time_ns INTEGER NOT NULL,
            type TEXT NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            attributes TEXT NOT NULL
          );
          """,
          // 2: local volumes and the containers that mount them (a volume is in use while a row
          // of volume_users names it)
          """
          CREATE TABLE volumes(
            name TEXT PRIMARY KEY,
            driver TEXT NOT NULL,
            created_ns INTEGER NOT NULL,
            labels TEXT,
            options TEXT,
            anonymous INTEGER NOT NULL
          );
          CREATE TABLE volume_users(
            volume TEXT NOT NULL REFERENCES volumes(name),
            container_id TEXT NOT NULL,
            PRIMARY KEY(volume, container_id)
          );
          CREATE INDEX volume_users_container ON volume_users(container_id);
          """,
          // 3: lookups every image removal makes (an image's layer ownership, a layer's children),
          // which scanned whole tables: pruning 1,000 images was quadratic
          """
          CREATE INDEX layer_users_owner ON layer_users(owner);
          CREATE INDEX layers_parent ON layers(parent);
          """,
          // 4: the daemon's predefined networks (none, host): IDs and creation times made once per
          // store, on first use, inside a write transaction
          """
          CREATE TABLE networks(
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            driver TEXT NOT NULL,
            created_ns INTEGER NOT NULL
          );
          """,
          // 5: legacy links (--link): the parent's alias for a child; the link's name is
          // /<parent's name>/<alias> while the child exists; child_name is the child's name when it
          // was removed (the parent keeps a dead link, as the daemon's link index does)
          """
          CREATE TABLE links(
            parent_id TEXT NOT NULL,
            alias TEXT NOT NULL,
            child_id TEXT NOT NULL,
            child_name TEXT NOT NULL DEFAULT '',
            PRIMARY KEY(parent_id, alias)
          );
          CREATE INDEX links_child ON links(child_id);
          """,
          // 6: user-defined networks: their settings and address pools (JSON, null for a predefined
          // one); the default IPAM's turn among its predefined pools, kept for the store's life as
          // the daemon keeps it for its own; a running container's endpoint on a user network
          """
          ALTER TABLE networks ADD COLUMN config TEXT;
          CREATE TABLE ipam_turns(
            space TEXT PRIMARY KEY,
            start_index INTEGER NOT NULL
          );
          CREATE TABLE endpoints(
            container_id TEXT PRIMARY KEY,
            network_id TEXT NOT NULL,
            ip TEXT NOT NULL,
            prefix INTEGER NOT NULL,
            gateway TEXT NOT NULL,
            mac TEXT NOT NULL
          );
          CREATE INDEX endpoints_network ON endpoints(network_id);
          """,
          // 7: a container has an endpoint on each network it is connected to (network connect)
          """
          CREATE TABLE endpoints_v7(
            container_id TEXT NOT NULL,
            network_id TEXT NOT NULL,
            ip TEXT NOT NULL,
            prefix INTEGER NOT NULL,
            gateway TEXT NOT NULL,
            mac TEXT NOT NULL,
            endpoint_id TEXT NOT NULL DEFAULT '',
            PRIMARY KEY(container_id, network_id)
          );
          INSERT INTO endpoints_v7(container_id, network_id, ip, prefix, gateway, mac)
            SELECT container_id, network_id, ip, prefix, gateway, mac FROM endpoints;
          DROP TABLE endpoints;
          ALTER TABLE endpoints_v7 RENAME TO endpoints;
          CREATE INDEX endpoints_network ON endpoints(network_id);
          """);

  /** The store's schema version, 0 for a new database. */
  private static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(
          "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
        if (!rs.next()) {
          return 0;
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  static void migrate(Database db) throws SQLException {
    Connection c = db.connection();
    if (currentVersion(c) == MIGRATIONS.size()) {
      return; // the usual case: a read, no write lock for every command that opens the store
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)");
    }
    db.write(
        conn -> {
          int version = 0;
          try (Statement s = conn.createStatement();
              ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
            if (rs.next()) {
              version = rs.getInt(1);
            }
          }
          if (version > MIGRATIONS.size()) {
            throw new SQLException(
                "store schema version " + version + " is newer than this berth (" + MIGRATIONS.size() + ")");
          }
          for (int v = version; v < MIGRATIONS.size(); v++) {
            try (Statement s = conn.createStatement()) {
              for (String sql : MIGRATIONS.get(v).split(";")) {
                if (!sql.isBlank()) {
                  s.execute(sql);
                }
              }
              s.execute("INSERT INTO schema_version(version) VALUES (" + (v + 1) + ")");
            }
          }
          return null;
        });
  }
}
