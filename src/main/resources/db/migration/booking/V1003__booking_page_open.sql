-- Whether the public page takes bookings; the admin can close online booking without removing hours.
ALTER TABLE booking_practice_page ADD COLUMN booking_open BOOLEAN DEFAULT TRUE NOT NULL;
