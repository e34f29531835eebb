-- One database per service: each service owns its schema through its Flyway migrations.
CREATE DATABASE profile;
CREATE DATABASE activity;
CREATE DATABASE recommendation;
