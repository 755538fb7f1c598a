-- The scope "read" is now "read:public" (src/access/identity.ts); keys issued before keep reading.
UPDATE "ApiKey" SET "scopes" = array_replace("scopes", 'read', 'read:public');
