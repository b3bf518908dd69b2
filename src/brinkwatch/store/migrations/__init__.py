"""Schema migrations: ``NNN.sql`` upgrades a store from version NNN-1 to NNN (none yet: version 1)."""
